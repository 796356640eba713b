// A stand-in for `chrome.runtime` messaging that routes a message to the listeners in the same
// process with a chosen sender, following the real callback protocol (return true = async reply).
// fakeBrowser's own sendMessage neither calls callbacks nor carries a sender, which the
// background's handlers need.
type Listener = (
  message: unknown,
  sender: chrome.runtime.MessageSender,
  reply: (r: unknown) => void,
) => boolean | undefined;

/** Installs the fake on `globalThis.chrome` and returns a way to set the sender of later messages. */
export function installFakeRuntime(): {
  setSender: (sender: chrome.runtime.MessageSender) => void;
} {
  const listeners = new Set<Listener>();
  let sender: chrome.runtime.MessageSender = {};
  const runtime = {
    lastError: undefined as { message: string } | undefined,
    onMessage: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
    },
    sendMessage(message: unknown, callback: (response: unknown) => void) {
      let answered = false;
      for (const l of listeners) {
        const async = l(message, sender, (r) => {
          if (!answered) {
            answered = true;
            callback(r);
          }
        });
        if (async) return;
      }
      if (!answered) callback(undefined);
    },
  };
  (globalThis as unknown as { chrome: unknown }).chrome = { runtime };
  return { setSender: (s) => (sender = s) };
}
