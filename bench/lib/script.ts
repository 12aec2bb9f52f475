/**
 * The scripted user of the load benchmarks: what a real owner of a blinking camera types. It runs the
 * diagnosis (description, steps), interrupts with quick questions, asks for an explanation and starts
 * over, so turns go through understanding, dialogs and state the way real ones do. A conversation of
 * M turns plays the first M lines, looping back to the start.
 */
export const SUPPORT_SCRIPT: readonly string[] = [
  'Hi, my Tapo C200 camera keeps blinking red fast since the power cut last night',
  'Still blinking red',
  'Still blinking red',
  'what does a solid red light mean?',
  'Still blinking red',
  'Explain more',
  'Still blinking red',
  'is it safe to factory reset my camera?',
  'Still blinking red',
  'start over',
  'Yes, start over',
  'the light flashes red and green slowly after I moved the router',
  'Still blinking red',
  'which wifi band should the camera use, 2.4 or 5 ghz?',
  'Already tried this',
  'Still blinking red',
];

/** What the echo bot hears: the same words, so request sizes match. */
export const ECHO_SCRIPT = SUPPORT_SCRIPT;

/** The line the user types on turn `turn` (0-based) of a conversation. */
export function lineFor(script: readonly string[], turn: number): string {
  return script[turn % script.length];
}

/** Utterances timed one by one for `analyze()`: the script, quick questions and short answers. */
export const UTTERANCES: readonly string[] = [
  ...new Set([
    ...SUPPORT_SCRIPT,
    'my camera is blinking red',
    'the red light flashes slowly since the firmware update',
    'C310 solid red after I changed my wifi password',
    'the doorbell blinks red three times then stops',
    'there is smoke coming out of the plug',
    'it feels hot and smells like burning',
    'how do i contact tapo support',
    'where is the serial number',
    'does tapo work on 5ghz',
    'Fixed it',
    'The light changed',
    'Pause',
    'Talk to a person',
    'yes',
    'no',
    'cancel',
    'help',
    'whats the weather tomorrow',
    'I moved the hub to the garage and now the battery camera wont connect',
    'firmware 1.3.7 build 230601, serial 2231456789',
    '',
  ]),
];
