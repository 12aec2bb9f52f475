import { progressOf, withProgress } from '../../src/channels/progress';
import { Chat } from '../support/chat';

const message = (channelData?: object) => ({ type: 'message', text: 'x', ...(channelData ? { channelData } : {}) });

describe('the plan\'s state for the chat page\'s progress bar', () => {
  it('is done once fixed, cleared with no plan or after a cancel, and nothing while steps go on', () => {
    expect(progressOf({ status: 'fixed', plan: ['power-cycle'] })).toBe('done');
    expect(progressOf({ status: 'cancelled', plan: ['power-cycle'] })).toBe('cleared');
    expect(progressOf({ status: 'in-progress', plan: [] })).toBe('cleared');
    expect(progressOf(undefined)).toBe('cleared');
    expect(progressOf({ status: 'in-progress', plan: ['power-cycle'] })).toBeUndefined();
  });

  it('goes on the last message of the turn, only on the bot\'s own page, never beside a step', () => {
    expect(withProgress('webchat', [message(), message()], 'done')).toEqual([message(), message({ progress: 'done' })]);
    expect(withProgress('msteams', [message()], 'done')).toEqual([message()]);
    const step = message({ step: { id: 'power-cycle', index: 1, total: 8 } });
    expect(withProgress('webchat', [step], 'cleared')).toEqual([step]);
  });

  it('tells the page when the device works again, and when the steps were left', async () => {
    const chat = new Chat('webchat');
    await chat.says('my camera blinks red fast after a power cut');
    expect(chat.replies.some((r) => r.channelData?.progress)).toBe(false);
    await chat.says('Fixed it');
    expect(chat.replies.at(-1)?.channelData).toMatchObject({ progress: 'done' });

    const other = new Chat('webchat');
    await other.says('my camera blinks red fast after a power cut');
    await other.says('cancel');
    expect(other.replies.at(-1)?.channelData).toMatchObject({ progress: 'cleared' });
  });
});
