// Function file named in manifest.xml (<FunctionFile>). The only ribbon button opens the task pane
// (ShowTaskpane needs no code), so no command is associated yet; Office still loads this page, and
// it must reach Office.onReady, or ribbon commands added later would never run.
Office.onReady(() => {
  // Future ExecuteFunction commands register here: Office.actions.associate(name, handler).
});

// A module, not a global script: isolatedModules requires it, and it keeps names out of window.
export {};
