#!/usr/bin/env node
// The `nastavnik` command: the bundled CLI built by `npm ci` (prepare) or `npm run build:cli`.
require("../build/cli.cjs").main();
