// The Python harness that runs one exercise test file against a submission inside the sandbox. It is fed on
// stdin (after the runner's prelude), with the run's settings spliced in as a JSON literal, and:
// - lists the test functions from the test file's syntax tree (top-level `def test_*`, in source order), so that
//   a submission that does not even import still gets one failed line per test;
// - imports the tests module (which imports `submission`), then calls each test with stdout and stderr captured
//   (only the first `outputCap` characters are kept, so a print flood costs no memory) and a per-test alarm;
// - writes one JSON line per event to a private pipe, never to stdout: the channel starts as fd 3, is moved at
//   once to a fresh non-inheritable descriptor and fd 3 is closed, so nothing the submission prints, and no child
//   it starts, can add a result line. (Code in the same process could still find the descriptor on purpose; it
//   would only fool its own user's local score, and the runner still checks that every listed test reported.)
// - ignores every write from a forked copy of itself (the pid is checked), and a forked copy that returns from a
//   test exits at once, so a submission that forks cannot run the rest of the harness twice.
// Events: {"t":"begin","tests":[{name,doc}]}, {"t":"start",name}, {"t":"result",name,ok,message,where,output,
// truncated,ms}, {"t":"import-error",message,where,output}, {"t":"end"}.

export interface HarnessConfig {
  /** The tests module name: `tests` or `hidden_tests` (the file is `<module>.py` in the run folder). */
  module: string;
  /** Seconds one test may take before it is interrupted. */
  testTimeoutS: number;
  /** Characters of each test's output to keep. */
  outputCap: number;
  /** The memory limit, named in the message of a MemoryError. */
  memoryMb: number;
}

const HARNESS = String.raw`
import ast, json, os, signal, sys, time, traceback
CONFIG = json.loads(__CONFIG__)
_PID = os.getpid()
_fd = os.dup(3)
os.close(3)
_chan = os.fdopen(_fd, "w", buffering=1, encoding="utf-8")
sys.path.insert(0, os.getcwd())
MOD = CONFIG["module"]
FILES = (MOD + ".py", "submission.py")

def emit(**event):
    if os.getpid() != _PID:
        return
    _chan.write(json.dumps(event) + "\n")
    _chan.flush()

class Capture:
    """A text stream that keeps the first cap characters and counts the rest."""
    def __init__(self, cap):
        self.cap, self.parts, self.size, self.dropped = cap, [], 0, 0
    def write(self, s):
        s = str(s)
        room = self.cap - self.size
        if room > 0:
            self.parts.append(s[:room])
            self.size += min(room, len(s))
        self.dropped += max(0, len(s) - max(room, 0))
        return len(s)
    def flush(self):
        pass
    def isatty(self):
        return False
    def text(self):
        return "".join(self.parts)

class TestTimeout(BaseException):
    pass

def on_alarm(signum, frame):
    raise TestTimeout()

def where_of(exc):
    """The deepest frame in the submission or the tests file, as 'file:line: source'."""
    best = None
    for fr in traceback.extract_tb(exc.__traceback__):
        if os.path.basename(fr.filename) in FILES:
            best = fr
    if best is None:
        return None
    return "%s:%d: %s" % (os.path.basename(best.filename), best.lineno, (best.line or "").strip())

def describe(exc):
    if isinstance(exc, TestTimeout):
        return "timed out after %g s (an infinite loop, or much too slow)" % CONFIG["testTimeoutS"]
    if isinstance(exc, AssertionError):
        return str(exc) or "assertion failed"
    if isinstance(exc, MemoryError):
        return "MemoryError: the code went over the memory limit (%d MiB)" % CONFIG["memoryMb"]
    if isinstance(exc, NotImplementedError) and not str(exc):
        return "NotImplementedError: the function is not implemented yet"
    if isinstance(exc, SystemExit):
        return "the code called exit(%r)" % (exc.code,)
    text = str(exc)
    return type(exc).__name__ + (": " + text if text else "")

def list_tests():
    with open(MOD + ".py", encoding="utf-8") as f:
        tree = ast.parse(f.read(), MOD + ".py")
    return [{"name": n.name, "doc": (ast.get_docstring(n) or "").split("\n")[0]}
            for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")]

def captured(fn):
    cap = Capture(CONFIG["outputCap"])
    real = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = cap
    signal.setitimer(signal.ITIMER_REAL, CONFIG["testTimeoutS"])
    t0 = time.perf_counter()
    err = None
    try:
        fn()
    except BaseException as e:
        err = e
    finally:
        if os.getpid() != _PID:
            os._exit(0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        sys.stdout, sys.stderr = real
    return err, cap, (time.perf_counter() - t0) * 1000

signal.signal(signal.SIGALRM, on_alarm)
tests = list_tests()
emit(t="begin", tests=tests)
module = {}
def load():
    import importlib
    module["m"] = importlib.import_module(MOD)
err, cap, ms = captured(load)
if err is not None:
    emit(t="import-error", message=describe(err), where=where_of(err), output=cap.text(), truncated=cap.dropped > 0)
else:
    for t in tests:
        fn = getattr(module["m"], t["name"], None)
        emit(t="start", name=t["name"])
        if not callable(fn):
            emit(t="result", name=t["name"], ok=False, message="not a function after import", where=None, output="", truncated=False, ms=0)
            continue
        err, cap, ms = captured(fn)
        emit(t="result", name=t["name"], ok=err is None, message=None if err is None else describe(err),
             where=None if err is None else where_of(err), output=cap.text(), truncated=cap.dropped > 0, ms=round(ms, 3))
emit(t="end")
`;

/** The harness program for one run. */
export function harnessCode(config: HarnessConfig): string {
  // A JSON string literal is a valid Python string literal for JSON's escapes; json.loads reads it back.
  return HARNESS.replace('__CONFIG__', JSON.stringify(JSON.stringify(config)));
}
