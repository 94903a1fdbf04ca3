/** The event payload the runner wrote, or an empty one when run outside Actions. */
import { readFileSync } from 'node:fs'
import { actionLog } from '../action-log.js'
import { readEvent, type EventInfo } from '../github/event.js'
import { errorText } from '../shared/error-text.js'

export function loadEvent(env: NodeJS.ProcessEnv): EventInfo {
  let payload: unknown = {}
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
  } catch (error) {
    actionLog.debug(`Could not read the event payload: ${errorText(error)}`)
  }
  return readEvent(env, payload, actionLog)
}
