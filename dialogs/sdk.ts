/**
 * The classes of botbuilder-dialogs that run the conversation, each from its own module. The
 * package's index also loads every prompt and the recognizers behind them, which this bot does not
 * use (it asks with AskDialog): about a third of a second of start-up and several MB of memory.
 * Types are imported from 'botbuilder-dialogs' itself; they cost nothing at run time.
 */
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export { DialogEvents } from 'botbuilder-dialogs/lib/dialogEvents';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
