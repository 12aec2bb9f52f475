import { z } from 'zod';
import { text } from './ids';

const button = text.max(20, 'a button label must fit in 20 characters');
const reasons = z.object({ 'steps-exhausted': text, 'user-request': text, safety: text }).strict();

/** Every sentence the dialogs say: a missing one stops start-up instead of a conversation. */
export const messagesSchema = z
  .object({
    welcome: text,
    anythingElse: text,
    welcomeBack: text,
    help: text,
    notUnderstood: text,
    notUnderstoodAgain: text,
    cancelled: text,
    startingOver: text,
    safetyStop: text,
    checksFirst: text,
    askPattern: text,
    askNewPattern: text,
    askDevice: text,
    askChanges: text,
    understood: text,
    eventNote: text,
    stepHeading: text,
    stepTip: text,
    stepSafety: text,
    checksFolded: text,
    stepQuestion: text,
    skipTried: text,
    paused: text,
    patternNoted: text,
    patternUnclear: text,
    fixed: text,
    thanks: text,
    escalationReasons: reasons,
    askModel: text,
    askSerial: text,
    askFirmware: text,
    askPatternForSupport: text,
    askPhoto: text,
    escalated: text,
    quickAnswersIntro: text,
    quickAnswer: text,
    noQuickAnswer: text,
    clarify: text,
    turnFailed: text,
    confirmRestart: text,
    carryOn: text,
    alreadyEscalating: text,
    hazardNoted: text,
    buttons: z
      .object({
        troubleshoot: button,
        quickAnswers: button,
        fixed: button,
        stillBlinking: button,
        changed: button,
        alreadyTried: button,
        explain: button,
        pause: button,
        looksNormal: button,
        notSure: button,
        nothingChanged: button,
        skipPhoto: button,
        continue: button,
        startOver: button,
        human: button,
        neither: button,
        yesStartOver: button,
        noCarryOn: button,
      })
      .strict(),
    summary: z
      .object({
        title: text,
        reason: text,
        reasons,
        device: text,
        serial: text,
        firmware: text,
        pattern: text,
        changes: text,
        description: text,
        steps: text,
        photo: text,
        unknown: text,
        none: text,
        noSteps: text,
        stepLine: text,
        outcomes: z
          .object({ fixed: text, 'still-blinking': text, 'light-changed': text, 'already-tried': text, escalated: text })
          .strict(),
        footer: text,
      })
      .strict(),
  })
  .strict();

export type Messages = z.infer<typeof messagesSchema>;
