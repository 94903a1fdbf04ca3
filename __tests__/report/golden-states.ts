/**
 * One report per state a reader can meet, for the golden Markdown files (golden.test.ts) and the
 * screenshots (scripts/render-reports.mjs). Fixed dates, so the files never change on their own.
 */
import { emptyReport, type PublishedItem, type Report } from '../../src/report/report.js'

const ROOT = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'
const OLD_ROOT = 'bafybeihkoviema7g3gxyt6la7vd5ho32ictqbilu3wnlo3rs7ewhnp7lly'
const OLDER_ROOT = 'bafybeibml5uieyxa5tufngvg7fgwbkwvlsuntwbxgtskoqynbt7wlchmfm'
const GW = 'https://gateway.pinarkive.com/ipfs'
const AT = '2026-11-30T10:00:00.000Z'
const SHA = '3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39'
const RUN = 'https://github.com/acme/site/actions/runs/7001'

const site: PublishedItem = {
  type: 'directory',
  path: 'dist',
  name: 'dist',
  cid: ROOT,
  size: 1_843_200,
  files: 5,
  cluster: 'cl1-eu',
  gatewayUrl: `${GW}/${ROOT}`,
  expiresAt: '2026-12-14T10:00:00.000Z'
}

const pages = ['index.html', 'page-10.html', 'page-2.html', 'assets/app.js', 'assets/logo.svg']
const directoryFiles = pages.map((path, i) => ({
  path,
  size: [5_120, 2_048, 1_997, 1_210_000, 812][i],
  url: `${GW}/${ROOT}/${path}`
}))

function file(path: string, cid: string, size: number): PublishedItem {
  return {
    type: 'file',
    path,
    name: path.split('/').pop() ?? path,
    cid,
    size,
    cluster: 'cl1-eu',
    gatewayUrl: `${GW}/${cid}`,
    expiresAt: null
  }
}

const release = [
  file(
    'out/app-linux-x64.tar.gz',
    'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku',
    3_456_789
  ),
  file(
    'out/app-macos.zip',
    'bafkreiabltrd5zm73pvi7plq25pef3hm7jxhbi3kv4hapegrkfpkqtkbme',
    2_901_234
  ),
  file('out/checksums.txt', 'bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy', 312),
  file(
    'out/app-windows.zip',
    'bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4',
    3_100_000
  )
]

const published = { at: AT, sha: SHA, runUrl: RUN }

function base(overrides: Partial<Report>): Report {
  return { ...emptyReport('cl1-eu', undefined), ...overrides }
}

const history = [
  {
    sha: '9e8d7c6b5a49382716050f1e2d3c4b5a69788796',
    at: '2026-11-29T16:20:00.000Z',
    runUrl: 'https://github.com/acme/site/actions/runs/6990',
    cid: OLD_ROOT,
    url: `${GW}/${OLD_ROOT}`,
    expiresAt: '2026-12-13T16:20:00.000Z',
    pinned: true
  },
  {
    sha: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
    at: '2026-11-28T09:05:00.000Z',
    runUrl: 'https://github.com/acme/site/actions/runs/6971',
    cid: OLDER_ROOT,
    url: `${GW}/${OLDER_ROOT}`,
    expiresAt: '2026-11-29T09:05:00.000Z',
    pinned: false
  }
]

const tooMany =
  'Pinarkive answered 429 Too Many Requests 5 times, waiting 60 s in all. Lower `concurrency`, or try again later.'

/** Each state by name: the report, and whether it is a pull request's preview. */
export const STATES: Record<string, { report: Report; preview: boolean }> = {
  'site-published': {
    preview: false,
    report: base({
      items: [site],
      directoryFiles,
      published,
      timelock: site.expiresAt ?? undefined
    })
  },
  'site-verified-preview': {
    preview: true,
    report: base({
      items: [site],
      directoryFiles,
      published,
      readiness: {
        state: 'verified',
        waitedFor: 'verified',
        checked: 1,
        total: 1,
        waitedMs: 8_000
      },
      deployment: {
        id: 41,
        environment: 'preview',
        url: site.gatewayUrl,
        state: 'success'
      },
      history,
      preview: { pullRequest: 12, site: '', marker: undefined }
    })
  },
  'site-pinned-not-served': {
    preview: true,
    report: base({
      items: [site],
      directoryFiles,
      published,
      readiness: {
        state: 'pinned',
        waitedFor: 'gateway',
        checked: 1,
        total: 1,
        waitedMs: 300_000,
        detail: 'the gateway answered 504 Gateway Timeout'
      },
      history,
      preview: { pullRequest: 12, site: '', marker: undefined }
    })
  },
  'site-mismatch': {
    preview: true,
    report: base({
      items: [site],
      directoryFiles,
      published,
      readiness: {
        state: 'mismatch',
        waitedFor: 'verified',
        checked: 1,
        total: 1,
        waitedMs: 9_000,
        detail: 'block bafkreib… (assets/app.js) is missing'
      },
      preview: { pullRequest: 12, site: '', marker: undefined }
    })
  },
  'files-published': {
    preview: false,
    report: base({ items: release, published })
  },
  'files-partial': {
    preview: false,
    report: base({
      items: release.slice(0, 2),
      failures: [
        {
          type: 'file',
          path: 'out/checksums.txt',
          name: 'checksums.txt',
          size: 312,
          error: tooMany
        },
        {
          type: 'file',
          path: 'out/app-windows.zip',
          name: 'app-windows.zip',
          size: 3_100_000,
          error: tooMany
        }
      ],
      published
    })
  },
  'pins-published': {
    preview: false,
    report: base({
      items: [OLD_ROOT, OLDER_ROOT].map(cid => ({
        type: 'pin' as const,
        name: 'acme/site@3f2a9c1',
        cid,
        cluster: 'cl1-eu',
        gatewayUrl: `${GW}/${cid}`,
        expiresAt: null
      })),
      published
    })
  },
  'key-rejected': {
    preview: true,
    report: base({
      error:
        'Pinarkive rejected the API key (401 Unauthorized). Check the `api-key` secret: it must be a current key with the scope `files:write`.',
      published,
      history,
      preview: { pullRequest: 12, site: '', marker: undefined }
    })
  },
  'dry-run': {
    preview: false,
    report: base({ items: [site], directoryFiles, dryRun: true, cluster: '' })
  },
  nothing: {
    preview: false,
    report: base({ published })
  },
  'cleanup-merged': {
    preview: true,
    report: base({
      cleanup: {
        pullRequest: 12,
        merged: true,
        unpinned: [ROOT, OLD_ROOT],
        kept: [
          {
            cid: OLDER_ROOT,
            reason: 'The production deployment of main serves it.'
          }
        ],
        notes: ['Marked 2 deployments inactive.']
      },
      history: [{ ...history[0], cid: ROOT }, history[0], { ...history[1], pinned: true }],
      preview: { pullRequest: 12, site: '', marker: undefined }
    })
  },
  'cleanup-nothing': {
    preview: true,
    report: base({
      cleanup: { pullRequest: 12, merged: false, unpinned: [], kept: [], notes: [] },
      preview: { pullRequest: 12, site: '', marker: undefined }
    })
  }
}

/** What the comment of a preview is rendered with. */
export const COMMENT_CONTEXT = {
  marker: '<!-- pinarkive/pin-action -->',
  sha: SHA,
  commitUrl: `https://github.com/acme/site/commit/${SHA}`,
  runUrl: RUN
}
