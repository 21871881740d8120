import { type ChildProcess, spawn } from "node:child_process";

/** Runs a command to completion with a time limit; resolves on exit code 0, rejects otherwise. */
export function runToEnd(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; timeoutMs: number; stdio: "inherit" | "ignore" },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env, stdio: ["ignore", options.stdio, options.stdio] });
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`${args.join(" ")} did not finish within ${options.timeoutMs / 1000} s.`));
    }, options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${args.join(" ")} exited with ${signal ?? `code ${code}`}.`));
    });
  });
}

/** Waits for a child to exit, up to a time limit; true when it did. */
export function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
