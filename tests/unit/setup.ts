// Every unit test gets an in-memory IndexedDB, a fresh fake browser, and the English messages.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom, loadMessages } from './i18n-fake';

const english = getMessageFrom(await loadMessages('en'));

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = english as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
});
