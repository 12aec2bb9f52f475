import type { WaterfallStep } from 'botbuilder-dialogs';
import { ComponentDialog, WaterfallDialog } from './sdk';
import { AskDialog, type Ask, type AskRecipe } from './AskDialog';
import { DIALOG } from './ids';
import type { DialogServices } from './services';

/** A component dialog made of one waterfall and the AskDialog its steps use to ask questions. */
export abstract class FlowDialog extends ComponentDialog {
  constructor(
    id: string,
    protected readonly services: DialogServices,
  ) {
    super(id);
    this.initialDialogId = DIALOG.waterfall;
    this.addDialog(new AskDialog(DIALOG.ask, services.content.messages, services.analyzer, (recipe) => this.rebuildAsk(recipe)));
    this.addDialog(new WaterfallDialog(DIALOG.waterfall, this.steps().map((step) => step.bind(this))));
  }

  /** The waterfall, in order; each step is a method of the dialog. */
  protected abstract steps(): WaterfallStep[];

  /** A question this dialog asked with a recipe, built again (only dialogs that use recipes have any). */
  protected rebuildAsk(recipe: AskRecipe): Ask {
    throw new Error(`${this.id} asked no question with a recipe of kind "${recipe.kind}"`);
  }
}
