import type { TurnContext } from 'botbuilder';
import { newCase, type Case } from '../src/diagnosis/case';
import type { DialogServices } from './services';

export async function getCase(services: DialogServices, context: TurnContext): Promise<Case> {
  return (await services.caseState.get(context)) ?? newCase();
}

export async function setCase(services: DialogServices, context: TurnContext, kase: Case): Promise<void> {
  await services.caseState.set(context, kase);
}

/** The step the user is on, as a web page or transcript sees it. */
export function stepMark(kase: Case, index = kase.index) {
  return { id: kase.plan[index], index: index + 1, total: kase.plan.length };
}
