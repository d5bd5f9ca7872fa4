// Grouping the vault's exercises/<folder>/<file> sources per folder, with a diagnostic for each missing or
// unexpected file.
import { describe, expect, it } from 'vitest';
import { groupExerciseFiles, isExerciseFile } from './group-files.js';

const UNEXPECTED = 'Unexpected file in an exercise folder; it holds only README.md, starter.py, solution.py, tests.py, hidden_tests.py.';

/** All five files of one folder, each source naming its file. */
const complete = (folder: string) =>
  ['README.md', 'starter.py', 'solution.py', 'tests.py', 'hidden_tests.py'].map((name) => ({
    file: `exercises/${folder}/${name}`,
    source: `${folder} ${name}`,
  }));

describe('isExerciseFile', () => {
  it.each([
    ['exercises/04-demo/README.md', true],
    ['exercises/04-demo/sub/x.py', true],
    ['exercises/README.md', false],
    ['exercises', false],
    ['notes/04-demo/README.md', false],
    ['04_Loss.md', false],
  ])('%s -> %s', (file, expected) => {
    expect(isExerciseFile(file)).toBe(expected);
  });
});

describe('groupExerciseFiles', () => {
  it('puts each file of a complete folder in its role, with no diagnostic', () => {
    expect(groupExerciseFiles(complete('04-demo'))).toEqual({
      folders: [
        {
          folder: '04-demo',
          readme: '04-demo README.md',
          starter: '04-demo starter.py',
          solution: '04-demo solution.py',
          tests: '04-demo tests.py',
          hiddenTests: '04-demo hidden_tests.py',
        },
      ],
      diagnostics: [],
    });
  });

  it('ignores the files that are not in an exercise folder', () => {
    expect(
      groupExerciseFiles([
        { file: 'exercises/README.md', source: 'index' },
        { file: '04_Loss.md', source: 'topic' },
      ]),
    ).toEqual({ folders: [], diagnostics: [] });
  });

  it('returns the folders sorted by name', () => {
    const { folders } = groupExerciseFiles([...complete('05-b'), ...complete('04-a'), ...complete('04-c')]);
    expect(folders.map((f) => f.folder)).toEqual(['04-a', '04-c', '05-b']);
  });

  it('reports each missing Python file as an error on that file, but not a missing README', () => {
    const { folders, diagnostics } = groupExerciseFiles([{ file: 'exercises/04-demo/tests.py', source: 'T' }]);
    expect(folders).toEqual([{ folder: '04-demo', readme: null, starter: null, solution: null, tests: 'T', hiddenTests: null }]);
    expect(diagnostics).toEqual(
      ['starter.py', 'solution.py', 'hidden_tests.py'].map((name) => ({
        file: `exercises/04-demo/${name}`,
        line: 1,
        code: 'exercise/file',
        severity: 'error',
        message: `The exercise is missing ${name}: add it (see docs/exercises.md).`,
      })),
    );
  });

  it('warns about a file of an unknown name and keeps it out of the folder', () => {
    const { folders, diagnostics } = groupExerciseFiles([...complete('04-demo'), { file: 'exercises/04-demo/notes.txt', source: 'N' }]);
    expect(folders).toEqual([
      {
        folder: '04-demo',
        readme: '04-demo README.md',
        starter: '04-demo starter.py',
        solution: '04-demo solution.py',
        tests: '04-demo tests.py',
        hiddenTests: '04-demo hidden_tests.py',
      },
    ]);
    expect(diagnostics).toEqual([
      { file: 'exercises/04-demo/notes.txt', line: 1, code: 'exercise/file', severity: 'warning', message: UNEXPECTED },
    ]);
  });

  it('warns about a known file name in a nested folder instead of taking it', () => {
    const { folders, diagnostics } = groupExerciseFiles([
      ...complete('04-demo').filter((f) => !f.file.endsWith('/starter.py')),
      { file: 'exercises/04-demo/old/starter.py', source: 'old' },
    ]);
    expect(folders[0]!.starter).toBeNull();
    expect(diagnostics).toEqual([
      { file: 'exercises/04-demo/old/starter.py', line: 1, code: 'exercise/file', severity: 'warning', message: UNEXPECTED },
      {
        file: 'exercises/04-demo/starter.py',
        line: 1,
        code: 'exercise/file',
        severity: 'error',
        message: 'The exercise is missing starter.py: add it (see docs/exercises.md).',
      },
    ]);
  });

  it('counts an empty file as present', () => {
    const files = complete('04-demo').map((f) => (f.file.endsWith('/solution.py') ? { ...f, source: '' } : f));
    const { folders, diagnostics } = groupExerciseFiles(files);
    expect(folders[0]!.solution).toBe('');
    expect(diagnostics).toEqual([]);
  });
});
