import type { Policy, PolicyFinding } from './types';

/** Words readers recognise as marking advertising (German and English). */
const RECOGNISED_LABELS = ['anzeige', 'werbung', 'advertisement', 'sponsored', 'gesponsert', 'ad'];

/** Every ad carries a visible label that says it is advertising (Medienstaatsvertrag §22, UWG). */
export const checkAdLabels: Policy = (result) =>
  result.placements.flatMap((p): PolicyFinding[] => {
    const label = p.label.trim();
    if (!label) {
      return [
        {
          code: 'AD_LABEL_MISSING',
          severity: 'error',
          slotId: p.slotId,
          message: { de: `Werbeplatz „${p.slotId}“ hat keine Kennzeichnung „Anzeige“.`, en: `Ad slot "${p.slotId}" has no "Advertisement" label.` },
        },
      ];
    }
    if (!RECOGNISED_LABELS.includes(label.toLocaleLowerCase('de'))) {
      return [
        {
          code: 'AD_LABEL_UNCLEAR',
          severity: 'warning',
          slotId: p.slotId,
          message: {
            de: `Die Kennzeichnung „${label}“ von „${p.slotId}“ ist womöglich nicht als Werbung erkennbar; üblich ist „Anzeige“ oder „Werbung“.`,
            en: `The label "${label}" on "${p.slotId}" may not read as advertising; use "Anzeige" or "Advertisement".`,
          },
        },
      ];
    }
    return [];
  });
