import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { envelopeTo: string[]; mail: ParsedMail };

/**
 * A real SMTP server on a free loopback port for tests (ENGINEERING.md: tests talk to a real SMTP server).
 * It requires the credentials of its URL, keeps every accepted message, and refuses messages with a
 * temporary 451 while `refuse` is above 0 (counting down) or negative (always).
 */
export async function startSmtpTestServer() {
  const received: ReceivedMail[] = [];
  const state = { refuse: 0, refused: 0 };
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "gateway" && auth.password === "s3cret")
        return callback(null, { user: "gateway" });
      return callback(new Error("535 Authentication failed"));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (state.refuse !== 0) {
            if (state.refuse > 0) state.refuse--;
            state.refused++;
            const error = Object.assign(new Error("mailbox temporarily unavailable"), { responseCode: 451 });
            return callback(error);
          }
          received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
          return callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://gateway:s3cret@127.0.0.1:${port}`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}
export type SmtpTestServer = Awaited<ReturnType<typeof startSmtpTestServer>>;

/** Polls `probe` until it returns a value (bounded by attempts, not by a timed assertion). */
export async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined, attempts = 300) {
  for (let i = 0; i < attempts; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("condition not met after polling");
}
