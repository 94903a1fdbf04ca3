/**
 * The dry run: the same plan and the same bookkeeping as a real publish, behind an API whose
 * "uploads" answer with the CIDs computed locally and send nothing anywhere.
 */
import type { PinarkiveClient } from './pinarkive-client.js'
import type { LocalCids } from './verify.js'

type Api = Pick<PinarkiveClient, 'uploadFile' | 'uploadDirectory' | 'pin'>

export function localCidApi(local: LocalCids): Api {
  const known = (cid: string | undefined, what: string) => {
    if (cid === undefined) throw new Error(`No local CID was computed for ${what}`)
    return { cid }
  }
  return {
    // The label of a file upload is its workspace-relative path.
    uploadFile: async (_file, _options, label) => known(local.files.get(label), label),
    uploadDirectory: async (_files, _options, label) => known(local.directory, label),
    // A CID to pin is already known; a dry run only validated it.
    pin: async cid => ({ cid })
  }
}
