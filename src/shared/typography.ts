/**
 * One rule for apostrophes on screen: the typographic ’, whatever the data holds (editors
 * type the straight ' of their keyboard). Applied to every text of the data as it is
 * validated, so screens, feeds, calendars and the search all read the same text. Dates are
 * written in lower case (« mercredi 21 juin 2017 ») and take a capital only where they start a
 * heading or a sentence, by style (`::first-letter`), so their accessible names stay the same.
 */
export const typographic = (text: string): string => text.replaceAll("'", '’')
