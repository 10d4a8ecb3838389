/** Copies the checkout at `root` into `dir` as git sees it and links its node_modules. */
export function stageCheckout(root: string, dir: string): void;
