import nodemailer from "nodemailer";

/** One message as the SMTP server receives it. */
export type OutgoingMail = { from: string; to: string; subject: string; text: string; html: string };

/** Hands a message to an SMTP server; rejects when the server refuses it or cannot be reached. */
export type MailTransport = { send(message: OutgoingMail): Promise<void>; close(): void };

/** An SMTP transport for `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…` (TLS). */
export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    // Bounded waits, so a dead server fails the attempt (and pg-boss retries) instead of hanging a worker.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      await transporter.sendMail(message);
    },
    close: () => transporter.close(),
  };
}
