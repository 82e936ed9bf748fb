/** Contact details as links and lines, for the contact, legal and accessibility pages. */
import type { PostalAddress } from '../../content/schemas'

/**
 * A `tel:` address in international form, which every phone dials: « 04 65 71 20 30 » →
 * `tel:+33465712030` (a French number of ten digits starting with 0); any other number keeps
 * its digits and leading « + ».
 */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '')
  if (/^0\d{9}$/.test(digits)) return `tel:+33${digits.slice(1)}`
  return `tel:${digits}`
}

export const mailtoHref = (email: string): string => `mailto:${email}`

/** The lines of a postal address, as a letter shows them. */
export function addressLines(address: PostalAddress): string[] {
  return [address.street, `${address.postalCode} ${address.city}`, ...(address.country ? [address.country] : [])]
}

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 })

/** « 86 % » (with the narrow no-break space French puts before %). */
export const formatRate = (rate: number): string => percent.format(rate / 100)
