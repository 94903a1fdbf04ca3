import { errorCommand, logLine, logText, plainAnnotation } from '../../src/shared/escape-log.js'
import { messageLines, showControls } from '../../src/shared/visible-controls.js'

/**
 * How the runner splits what a step prints into lines (.NET StreamReader.ReadLine) and which of
 * them it runs as commands (actions/runner ActionCommand.TryParseV2 / TryParse), modelled.
 */
function runnerLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/)
}
function isCommand(line: string): boolean {
  return /^[\s\u0085\u180e]*::/.test(line) || line.includes('##[')
}

describe('showControls', () => {
  it.each([
    ['\n', '\\n'],
    ['\r', '\\r'],
    ['\r\n', '\\r\\n'],
    ['\v', '\\v'],
    ['\f', '\\f'],
    ['\0', '\\0'],
    ['\u0085', '\\x85'],
    ['\u2028', '\\u2028'],
    ['\u2029', '\\u2029'],
    ['\x1b[31m', '\\x1b[31m'],
    ['\x7f', '\\x7f'],
    ['\u202e', '\\u202e'],
    ['\u2066', '\\u2066']
  ])('shows %j as %s', (raw, shown) => {
    expect(showControls(`a${raw}b`)).toBe(`a${shown}b`)
  })

  it('keeps tabs unless asked, and leaves letters, emoji and combining marks alone', () => {
    expect(showControls('a\tb')).toBe('a\tb')
    expect(showControls('a\tb', { tabs: true })).toBe('a\\tb')
    expect(showControls('é e\u0301 ß 📁 日本')).toBe('é e\u0301 ß 📁 日本')
  })
})

describe('messageLines', () => {
  it('splits at \\n and \\r\\n only', () => {
    expect(messageLines('a\nb\r\nc\rd\u2028e')).toEqual(['a', 'b', 'c\rd\u2028e'])
  })
})

describe('logLine', () => {
  const forged = 'x\n::error title=forged::pwned'

  it('prints a name with a newline and a command as one line, the command shown', () => {
    const line = logLine(`Uploaded dist/${forged} → bafy`)
    expect(line).toBe('Uploaded dist/x\\n::error title=forged::pwned → bafy')
    expect(runnerLines(line)).toHaveLength(1)
    expect(isCommand(line)).toBe(false)
  })

  it.each([['\n'], ['\r'], ['\r\n'], ['\u2028'], ['\u2029'], ['\u0085'], ['\v'], ['\f']])(
    'no break %j lets a value start a command line',
    brk => {
      const line = logLine(`Failed a${brk}::warning::b${brk}##[error]c`)
      expect(runnerLines(line)).toHaveLength(1)
      expect(isCommand(line)).toBe(false)
    }
  )

  it('defuses a line that starts with :: after white space of any kind', () => {
    expect(logLine('::error::x')).toBe('\\::error::x')
    expect(logLine('  \t::set-output name=a::b')).toBe('  \t\\::set-output name=a::b')
    expect(logLine('\u00a0\u3000::debug::x')).toBe('\u00a0\u3000\\::debug::x')
    // The separators themselves are shown, so they are no longer white space.
    expect(logLine('\u2028::error::x')).toBe('\\u2028::error::x')
    for (const line of ['::error::x', ' ::x::', '\u00a0::x::']) {
      expect(isCommand(logLine(line))).toBe(false)
    }
  })

  it('defuses every ##[ (the runner finds V1 commands anywhere in a line)', () => {
    expect(logLine('a ##[set-output name=x;]y and ###[error]z')).toBe(
      'a ##\\[set-output name=x;]y and ###\\[error]z'
    )
  })

  it('leaves ordinary lines as they are', () => {
    const plain = 'Uploaded dist/a b.html (1.0 KiB) → bafy… : done ## [x]'
    expect(logLine(plain)).toBe(plain)
  })
})

describe('characters that hide or reorder text, in the log', () => {
  it('shows the RLMs of a path that would read as another version', () => {
    const line = logLine('Uploaded dist/releases/\u200f1\u200f.\u200f2\u200f.\u200f10\u200f/app.js')
    expect(line).toBe(
      'Uploaded dist/releases/\\u200f1\\u200f.\\u200f2\\u200f.\\u200f10\\u200f/app.js'
    )
  })

  it.each([
    ['\u200b', '\\u200b'],
    ['\u200c', '\\u200c'],
    ['\u200d', '\\u200d'],
    ['\u2060', '\\u2060'],
    ['\ufeff', '\\ufeff'],
    ['\u00ad', '\\xad'],
    ['\u061c', '\\u061c'],
    ['\u3164', '\\u3164'],
    ['\u180e', '\\u180e'],
    ['\ufe0f', '\\ufe0f'],
    ['\u{e0041}', '\\u{e0041}']
  ])('shows %j in a line and in a message as %s', (raw, shown) => {
    expect(logLine(`ind${raw}ex.html`)).toBe(`ind${shown}ex.html`)
    expect(logText(`- ind${raw}ex.html\n- b`)).toBe(`- ind${shown}ex.html\n- b`)
    expect(errorCommand(`ind${raw}ex.html`)).toBe(`::error::ind${shown}ex.html\n`)
  })

  it('no longer counts U+180E and U+FEFF as white space before a command: they are shown', () => {
    expect(logLine('\u180e::error::x')).toBe('\\u180e::error::x')
    expect(logLine('\ufeff::error::x')).toBe('\\ufeff::error::x')
    expect(isCommand(logLine('\u180e::error::x'))).toBe(false)
  })
})

describe('logText', () => {
  it('keeps the line breaks of a message written on several lines, and defuses each line', () => {
    const text = logText('2 of 3 items failed:\n- a: boom\n::error::forged\r\n- b\rc: ##[x]')
    expect(text).toBe('2 of 3 items failed:\n- a: boom\n\\::error::forged\n- b\\rc: ##\\[x]')
    expect(text.split('\n').some(isCommand)).toBe(false)
  })
})

describe('errorCommand', () => {
  it('is one ::error:: line whatever the message holds', () => {
    const line = errorCommand('Error: x\n::warning::y\r50%')
    expect(line).toBe('::error::Error: x%0A\\::warning::y\\r50%25\n')
    expect(runnerLines(line.trimEnd())).toHaveLength(1)
  })
})

describe('plainAnnotation', () => {
  it('turns code spans into quotes, since annotations show no Markdown', () => {
    expect(plainAnnotation('Lower `concurrency` or raise `retries`.')).toBe(
      'Lower "concurrency" or raise "retries".'
    )
    // A lone backtick, in a file name say, stays; a command stays defused.
    expect(plainAnnotation('dist/a`b.js failed\n::error::x')).toBe(
      'dist/a`b.js failed\n\\::error::x'
    )
  })
})
