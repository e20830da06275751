import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
  readonly messageId: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly raw: string;
}

/**
 * A real SMTP server on loopback (smtp-server), as the notices' mail server. `accepted` lists every
 * DATA it answered 250 to; `mailbox` is what a reader's mailbox shows, one per Message-ID, as
 * receiving mail systems deduplicate. It can refuse the next messages (451), drop the connection in
 * the middle of one, or take a message's DATA and never answer (a crash window).
 */
export class LoopbackSmtp {
  readonly accepted: ReceivedMail[] = [];
  private refuse = 0;
  private drop = 0;
  private hold = 0;
  readonly held: ReceivedMail[] = [];
  private readonly server: SMTPServer;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      closeTimeout: 100,
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const mail = {
            messageId: header(raw, 'Message-ID'),
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: header(raw, 'Subject'),
            raw,
          };
          if (this.hold > 0) {
            this.hold -= 1;
            this.held.push(mail);
            return;
          }
          if (this.drop > 0) {
            this.drop -= 1;
            for (const connection of (this.server as unknown as { connections: Set<{ _socket: { destroy(): void } }> }).connections) {
              connection._socket.destroy();
            }
            return;
          }
          if (this.refuse > 0) {
            this.refuse -= 1;
            return callback(Object.assign(new Error('mailbox busy, try again later'), { responseCode: 451 }));
          }
          this.accepted.push(mail);
          callback();
        });
      },
    });
  }

  static async start(): Promise<LoopbackSmtp & { url: string }> {
    const smtp = new LoopbackSmtp();
    await new Promise<void>((resolve) => smtp.server.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.server.address() as AddressInfo;
    return Object.assign(smtp, { url: `smtp://127.0.0.1:${port}` });
  }

  refuseNext(count: number): void {
    this.refuse = count;
  }

  dropNext(count: number): void {
    this.drop = count;
  }

  holdNext(count: number): void {
    this.hold = count;
  }

  /** One mail per Message-ID, as a mailbox shows them. */
  mailbox(): ReceivedMail[] {
    return [...new Map(this.accepted.map((mail) => [mail.messageId, mail])).values()];
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : '';
}
