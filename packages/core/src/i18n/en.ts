import type { StructureMessages } from './types';

/** English messages of the structure codes; the rules carry their own. */
export const enStructure: StructureMessages = {
  'structure.type': 'This value has the wrong type.',
  'structure.value': 'This value is not one of the choices. Choose one from the list.',
  'structure.date': 'Enter a real date.',
  'structure.time': 'Enter a time such as 14:30 or 2:30 pm.',
  'structure.code': 'This choice is not well formed. Choose again from the list.',
  'structure.number': 'This number is out of range.',
  'structure.tooLong': 'Enter {max} {max|character|characters} or fewer.',
  'structure.tooMany': 'Keep this to {max} {max|entry|entries} or fewer.',
  'structure.tooFew': 'At least {min} {min|entry is|entries are} needed.',
  'structure.kind': 'This is a different kind of document.',
  'structure.schemaVersion': 'This version of the document is not supported.',
  'structure.unreadable': 'The document could not be read.',
};
