import { expect, it } from 'vitest'
import { publication } from './fixtures'
import { newestFirst } from './order'

it('puts the newest first, months before older days, days before their bare month', () => {
  const list = [
    publication({ id: 'a', date: '2016-04' }),
    publication({ id: 'b', date: '2016-05' }),
    publication({ id: 'c', date: '2016-04-21' }),
    publication({ id: 'd', date: '2015-12-31' }),
    publication({ id: 'e', date: '2016-04-30' }),
  ]
  expect(newestFirst(list).map((item) => item.id)).toEqual(['b', 'e', 'c', 'a', 'd'])
})

it('keeps the file order of equal dates and leaves its input alone', () => {
  const list = [publication({ id: 'a', date: '2016-04' }), publication({ id: 'b', date: '2016-04' })]
  expect(newestFirst(list).map((item) => item.id)).toEqual(['a', 'b'])
  expect(newestFirst([...list].reverse()).map((item) => item.id)).toEqual(['b', 'a'])
  expect(list.map((item) => item.id)).toEqual(['a', 'b'])
})
