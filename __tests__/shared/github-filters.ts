/**
 * What GitHub does to a comment or a summary after cmark-gfm has rendered it, modelled for the
 * tests (issue 19): its filters read each text node of the HTML, entities decoded, and turn
 * `@user` into a mention, `#1`, `owner/repo#2` and `GH-3` into references, a SHA into a commit
 * link and `:shipit:` into an emoji. They skip text inside `<code>` and `<pre>`, and, all but the
 * emoji filter, inside `<a>` (html-pipeline's MentionFilter and the reference filters skip
 * `pre code a style script`; EmojiFilter `pre code tt`). The patterns here are looser than
 * GitHub's (a SHA before `.html` counts, which GitHub would not link), so the model finds at
 * least what GitHub would act on. A repository's own autolinks are not modelled.
 */
import MarkdownIt from 'markdown-it'
import { cmarkGfm, decodeEntities } from '../../test-support/gfm.mjs'

const FILTERS: { name: string; pattern: RegExp; skip: readonly string[] }[] = [
  { name: 'mention', pattern: /(?:^|[^\w`])@[a-z0-9]/i, skip: ['code', 'pre', 'a'] },
  { name: 'issue', pattern: /#[0-9]|\bgh-[0-9]/i, skip: ['code', 'pre', 'a'] },
  { name: 'commit', pattern: /(?:^|\W)[0-9a-f]{7,40}(?!\w)/i, skip: ['code', 'pre', 'a'] },
  { name: 'emoji', pattern: /:[\w+-]+:/, skip: ['code', 'pre', 'tt'] }
]

/** Elements without content: they open nothing. */
const VOID = new Set(['br', 'img', 'hr', 'input', 'wbr'])

/** The text nodes of an HTML document, entities decoded, each with the elements around it. */
export function textNodes(html: string): { text: string; inside: string[] }[] {
  const open: string[] = []
  const nodes: { text: string; inside: string[] }[] = []
  for (const part of html.replace(/<!--[\s\S]*?-->/g, '').split(/(<[^>]*>)/)) {
    const tag = /^<(\/?)([a-z][a-z0-9]*)/i.exec(part)
    if (tag) {
      const name = tag[2].toLowerCase()
      if (VOID.has(name) || part.endsWith('/>')) continue
      if (tag[1] === '') open.push(name)
      else if (open.includes(name)) open.splice(open.lastIndexOf(name), 1)
    } else if (part !== '') {
      // Between two text parts there is always an element: each part is a node of its own.
      const text = decodeEntities(part)
        .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
        .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
      nodes.push({ text, inside: [...open] })
    }
  }
  return nodes
}

/** What GitHub would make a mention, a reference, a commit link or an emoji of, in `html`. */
export function githubActsOn(html: string): string[] {
  return textNodes(html).flatMap(node =>
    FILTERS.filter(
      filter =>
        !node.inside.some(tag => filter.skip.includes(tag)) && filter.pattern.test(node.text)
    ).map(filter => `${filter.name}: ${node.text}`)
  )
}

const markdownIt = new MarkdownIt({ html: true, linkify: false })

/**
 * `markdown` as HTML: by markdown-it configured like GitHub, then by cmark-gfm, GitHub's own
 * renderer, where it is installed.
 */
export function renderings(markdown: string): string[] {
  const cmark = cmarkGfm(markdown)
  return [markdownIt.render(markdown), ...(cmark === undefined ? [] : [cmark])]
}
