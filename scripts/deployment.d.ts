// Types of scripts/deployment.js for the tests (the build scripts themselves are plain CommonJS).
export declare const DEV_BASE: string;
export declare class DeploymentConfigError extends Error {}
export declare function addinBase(value: string | undefined): string;
export declare function renderManifest(templateXml: string, base: string): string;
export declare function contentSecurityPolicy(mode?: "production" | "development"): string;
