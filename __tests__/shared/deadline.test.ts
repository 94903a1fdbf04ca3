import { jest } from '@jest/globals'
import { startDeadline } from '../../src/shared/deadline.js'

describe('startDeadline', () => {
  afterEach(() => jest.useRealTimers())

  it('aborts with its reason when the time is up', () => {
    jest.useFakeTimers()
    const deadline = startDeadline(5000, () => 'ran out')
    jest.advanceTimersByTime(4999)
    expect(deadline.signal.aborted).toBe(false)
    jest.advanceTimersByTime(1)
    expect(deadline.signal.reason).toBe('ran out')
  })

  it('waits 30 days, longer than one timer can (2^31 - 1 ms, 24.8 days)', () => {
    jest.useFakeTimers()
    const thirtyDays = 30 * 86_400_000
    const deadline = startDeadline(thirtyDays, () => 'ran out')
    jest.advanceTimersByTime(2 ** 31)
    expect(deadline.signal.aborted).toBe(false)
    jest.advanceTimersByTime(thirtyDays - 2 ** 31 - 1)
    expect(deadline.signal.aborted).toBe(false)
    jest.advanceTimersByTime(1)
    expect(deadline.signal.aborted).toBe(true)
  })

  it('never aborts without a limit, nor once disposed', () => {
    jest.useFakeTimers()
    const none = startDeadline(undefined, () => 'x')
    const disposed = startDeadline(1000, () => 'x')
    disposed.dispose()
    jest.advanceTimersByTime(10_000)
    expect(none.signal.aborted).toBe(false)
    expect(disposed.signal.aborted).toBe(false)
  })
})
