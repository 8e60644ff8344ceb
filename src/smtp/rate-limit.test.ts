import { SenderRateLimiter } from './rate-limit';

describe('SenderRateLimiter', () => {
  it('limits messages and recipients per sender per hour, with a sliding window', () => {
    let now = 0;
    const limiter = new SenderRateLimiter({ messages_per_hour: 2, recipients_per_hour: 5 }, () => now);
    expect(limiter.checkMessage('a@oakfield.example')).toBeNull();
    limiter.record('a@oakfield.example', 3);
    now += 60_000;
    limiter.record('A@oakfield.example', 1);
    expect(limiter.checkMessage('a@oakfield.example')).toMatch(/more than 2 messages/);
    expect(limiter.checkMessage('b@oakfield.example')).toBeNull();
    expect(limiter.checkRecipient('a@oakfield.example', 0)).toBeNull(); // 4 of 5 used
    expect(limiter.checkRecipient('a@oakfield.example', 1)).toMatch(/more than 5 recipients/);
    now += 60 * 60 * 1000 - 30_000; // the first message leaves the window
    expect(limiter.checkMessage('a@oakfield.example')).toBeNull();
  });
});
