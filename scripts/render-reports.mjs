// @ts-check
/**
 * Renders the golden reports (__tests__/report/golden/*.md) as a reviewer sees them: GitHub's
 * renderer, cmark-gfm, with GitHub's extensions, in a page styled like a comment, screenshotted
 * by headless Chromium. Writes .render/<name>.html and .png.
 *
 *   node scripts/render-reports.mjs [name-filter] [height]
 *
 * The height (default 900 pixels) crops the screenshot: docs/preview-comment.png, the README's
 * picture, is `node scripts/render-reports.mjs site-verified-preview.comment 400`.
 * Needs `cmark-gfm` and `chromium` (Debian: apt-get install cmark-gfm chromium).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { cmarkGfm } from '../test-support/gfm.mjs'

const golden = path.resolve('__tests__/report/golden')
const out = path.resolve('.render')
const filter = process.argv[2] ?? ''
const height = Number(process.argv[3] ?? 900)
mkdirSync(out, { recursive: true })

const STYLE = `
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  color: #1f2328; margin: 0; padding: 16px; background: #fff; width: 880px; }
.comment { border: 1px solid #d1d9e0; border-radius: 6px; padding: 16px 20px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin-top: 0; }
h3 { font-size: 1.25em; }
table { border-collapse: collapse; display: block; overflow: auto; margin-bottom: 16px; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
code { font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; background: #eff1f3;
  padding: .2em .4em; border-radius: 6px; }
a { color: #0969da; text-decoration: none; }
blockquote { color: #59636e; border-left: .25em solid #d1d9e0; margin: 0; padding: 0 1em; }
details { margin-bottom: 16px; } summary { cursor: pointer; }`

for (const name of readdirSync(golden).filter(n => n.endsWith('.md') && n.includes(filter))) {
  const markdown = readFileSync(path.join(golden, name), 'utf8')
  const html = cmarkGfm(markdown)
  if (html === undefined) throw new Error('cmark-gfm is not installed (apt-get install cmark-gfm)')
  const base = path.join(out, name.replace(/\.md$/, ''))
  writeFileSync(
    `${base}.html`,
    `<!doctype html><meta charset="utf-8"><style>${STYLE}</style><div class="comment">${html}</div>`
  )
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      `--screenshot=${base}.png`,
      `--window-size=920,${height}`,
      `file://${base}.html`
    ],
    { stdio: 'ignore' }
  )
  console.log(`${base}.png`)
}
