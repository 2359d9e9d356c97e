// Types of scripts/seeds.mjs, for the TypeScript tests that read the source documents.
export declare const seedsDir: string;
export declare const publicFactsFile: string;
export declare const seedsPresent: boolean;
export declare const skipWithoutSeeds: boolean;
export declare function skippedLine(what: string): string;
export declare function reportSkipped(what: string): void;
export declare function seedsDigest(): string;
