// Types of scripts/test-report.mjs, for the TypeScript tests that write a report.
export declare function writeTestReport(testFile: string, name: string, content: string): void;
