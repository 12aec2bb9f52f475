import { Chat } from '../support/chat';
it('probe', async () => {
  const chat = new Chat('msteams');
  const lines = ['hello', 'Common questions', 'how long does a firmware update take', 'my c310 went solid red after I changed my router', 'The light changed', 'now it blinks green', 'nope it is blinking red again', 'skip', 'why is this taking so long', 'start over', 'Yes, start over'];
  const out: string[] = [];
  for (const l of lines) { await chat.says(l); out.push(`> ${l}\n${chat.heard.replace(/\{"type":"AdaptiveCard".*/s,'[card]').slice(0, 700)}\n   [${chat.buttons.join(' | ')}]`); }
  console.log(out.join('\n\n'));
});
