// What services and the delivery loop share about mail, apart from the outbox itself (mail.ts):
// kept free of ServiceDeps, which holds a MailService.

export interface AccountMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

/** Sends one mail or throws; `smtp-transport.ts` makes one from SMTP_URL and MAIL_FROM. */
export interface MailTransport {
  send(mail: AccountMail): Promise<void>;
  close(): void;
}

/**
 * The services' view of mail: the SMTP transport when one is configured (undefined in
 * development), and a way to tell the delivery loop a mail is waiting.
 */
export interface MailService {
  readonly transport: MailTransport | undefined;
  /** Asks the delivery loop (mail-delivery.ts) to look at the outbox now rather than at its next tick. */
  wake(): void;
  /** The delivery loop's listener for `wake`; returns its removal. */
  onWake(listener: () => void): () => void;
}

export function createMailService(transport: MailTransport | undefined): MailService {
  const listeners = new Set<() => void>();
  return {
    transport,
    wake: () => {
      for (const listener of listeners) listener();
    },
    onWake: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
