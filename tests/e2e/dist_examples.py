#!/usr/bin/env python3
"""The distributed examples of dist/, run or validated on this machine.

usage: dist_examples.py --judge BUILD/judge --source REPO CASE

Cases:
  slurm           starts munged, slurmctld and slurmd from Debian's packages (its own key, socket,
                  ports, config and state in a temporary folder; the host's services are not
                  touched), runs dist/slurm/submit.sh over a set of submissions as a 4-task array
                  plus the merge job, and checks the merged results equal one-machine `judge grade`
                  on the same set. Every daemon and job process is stopped afterwards.
  kubernetes      dist/kubernetes/grade-job.yaml is an Indexed Job whose pods grade shard
                  JOB_COMPLETION_INDEX+1 of completions (checked against the fields' schema)
  github-actions  dist/github-actions/grade.yml: a matrix of shards and a merge job (schema check)
Prints "SKIP: reason" (exit 0) only when the Slurm or munge packages are not installed or the
test is not run as root (slurmd must be).
"""
import csv
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
from judge_runner import TestFailure, run_case_from_command_line

# Small submissions of problems/hello, AC, WA and RE, in C and Python (no slow toolchain).
SLURM_SET = ["accepted/hello.c", "accepted/hello.py", "accepted/hello_extra_spaces.cpp",
             "wrong_answer/comma.py", "wrong_answer/no_output.c", "run_time_error/exit3.c",
             "run_time_error/exception.py"]
SHARDS = 4
# What differs between two runs of the same submission: measured figures.
MEASURED = {"cpu_ms", "wall_ms", "memory_bytes", "time_ms", "max_cpu_ms", "max_memory_bytes"}
SLURM_TIMEOUT_S = 90


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def slurm_conf(state, hostname):
    """One node (this machine, 2 CPUs), its own ports and state; no cgroup, no accounting."""
    return f"""ClusterName=judgetest
SlurmctldHost={hostname}(127.0.0.1)
SlurmctldPort={free_port()}
SlurmdPort={free_port()}
AuthType=auth/munge
AuthInfo=socket={state}/munge.sock
CredType=cred/munge
StateSaveLocation={state}/ctld
SlurmdSpoolDir={state}/slurmd
SlurmctldPidFile={state}/slurmctld.pid
SlurmdPidFile={state}/slurmd.pid
SlurmctldLogFile={state}/slurmctld.log
SlurmdLogFile={state}/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
SlurmUser=root
SlurmdUser=root
ReturnToService=2
NodeName={hostname} NodeAddr=127.0.0.1 CPUs={os.cpu_count() or 1} State=UNKNOWN
PartitionName=judgetest Nodes={hostname} Default=YES MaxTime=INFINITE State=UP
"""


class Cluster:
    """munged + slurmctld + slurmd in the foreground, as children of this test."""

    def __init__(self, state):
        self.state = state
        self.env = dict(os.environ, SLURM_CONF=str(state / "slurm.conf"))
        self.daemons = []

    def start(self):
        (self.state / "ctld").mkdir()
        (self.state / "slurmd").mkdir()
        key = self.state / "munge.key"
        key.write_bytes(os.urandom(1024))
        key.chmod(0o400)
        (self.state / "slurm.conf").write_text(slurm_conf(self.state, socket.gethostname()))
        s = self.state
        self._spawn("munged", ["munged", "--foreground", "--force", f"--socket={s}/munge.sock",
                               f"--key-file={key}", f"--log-file={s}/munged.log",
                               f"--pid-file={s}/munged.pid", f"--seed-file={s}/munged.seed"])
        self._wait_for(lambda: (s / "munge.sock").exists(), "munged's socket")
        self._spawn("slurmctld", ["slurmctld", "-D", "-i", "-f", f"{s}/slurm.conf"])
        self._spawn("slurmd", ["slurmd", "-D", "-f", f"{s}/slurm.conf"])
        self._wait_for(self._node_idle, "the node to register as idle")

    def _spawn(self, name, argv):
        log = open(self.state / f"{name}.out", "wb")
        self.daemons.append((name, subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT,
                                                    env=self.env)))
        log.close()

    def _node_idle(self):
        sinfo = subprocess.run(["sinfo", "-h", "-o", "%T"], capture_output=True, text=True,
                               env=self.env)
        return sinfo.stdout.strip() == "idle"

    def _wait_for(self, ready, what, timeout_s=30):
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for name, process in self.daemons:
                if process.poll() is not None:
                    raise TestFailure(f"{name} exited with {process.returncode} while waiting "
                                      f"for {what}:\n{self.logs()}")
            if ready():
                return
            time.sleep(0.2)
        raise TestFailure(f"timed out waiting for {what}:\n{self.logs()}")

    def wait_for_job(self, job, timeout_s):
        """The job's final "STATE ExitCode=X:Y" (scontrol keeps ended jobs for MinJobAge)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            shown = subprocess.run(["scontrol", "-o", "show", "job", job], capture_output=True,
                                   text=True, env=self.env).stdout
            fields = dict(f.split("=", 1) for f in shown.split() if "=" in f)
            if fields.get("JobState") in ("COMPLETED", "FAILED", "CANCELLED", "TIMEOUT",
                                          "NODE_FAIL", "OUT_OF_MEMORY"):
                return f"{fields['JobState']} ExitCode={fields.get('ExitCode')}"
            time.sleep(0.3)
        return "still running"

    def logs(self):
        text = ""
        for path in sorted(self.state.glob("*.log")) + sorted(self.state.glob("*.out")):
            lines = path.read_text(errors="replace").splitlines()[-15:]
            text += f"--- {path.name}\n" + "\n".join(lines) + "\n"
        return text

    def stop(self):
        """Cancels every job, stops the daemons, then ends any process still carrying this
        cluster's SLURM_CONF in its environment (job steps slurmd started)."""
        subprocess.run(["scancel", "--full", "--user", "root"], env=self.env,
                       capture_output=True, timeout=10)
        # Job steps end shortly after their job: let them, rather than orphan them.
        daemons = {process.pid for _, process in self.daemons}
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and set(self.leftovers()) - daemons:
            time.sleep(0.2)
        for _, process in reversed(self.daemons):
            if process.poll() is None:
                process.terminate()
        for _, process in reversed(self.daemons):
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for pid in self.leftovers():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def leftovers(self):
        marker = f"SLURM_CONF={self.state}/slurm.conf".encode()
        pids = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            try:
                if marker in (entry / "environ").read_bytes().split(b"\0"):
                    pids.append(int(entry.name))
            except OSError:
                continue  # exited while we looked
        return pids


def normalized(path):
    """The records of a results file (no header), by id, without measured figures."""
    def strip(value):
        if isinstance(value, dict):
            if value.get("status") == "cached":  # the compile cache's hit is no difference
                value = dict(value, status="compiled")
            return {k: strip(v) for k, v in value.items() if k not in MEASURED}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value
    records = {}
    for line in Path(path).read_text().splitlines():
        record = json.loads(line)
        if "judge_grade_header" in record:
            continue
        if record["id"] in records:
            raise TestFailure(f"{path}: id {record['id']!r} twice")
        records[record["id"]] = strip(record)
    return records


def case_slurm(judge):
    missing = [b for b in ("munged", "slurmctld", "slurmd", "sbatch", "sinfo", "scancel",
                           "scontrol")
               if not shutil.which(b)]
    if missing:
        print(f"SKIP: {', '.join(missing)} not installed (apt-get install slurmctld slurmd "
              "slurm-client munge; scripts/setup.sh does)")
        return
    if os.geteuid() != 0:
        print("SKIP: slurmd must run as root")
        return
    work = judge.fresh_dir("slurm")
    problem = judge.problems_dir / "hello"
    manifest = work / "class.csv"
    with open(manifest, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "path"])
        for name in SLURM_SET:
            writer.writerow([name.replace("/", "-"), problem / "submissions" / name])

    one = judge.run("grade", problem, manifest, "-o", work / "one-machine.jsonl")
    if one.returncode != 0:
        one.fail("one-machine judge grade failed")

    state = Path(tempfile.mkdtemp(prefix="judge-slurm-"))
    cluster = Cluster(state)
    started = time.monotonic()
    try:
        cluster.start()
        env = dict(cluster.env, JUDGE=judge.binary, RESULTS_DIR=str(work / "shards"),
                   TMPDIR=str(judge.fresh_dir("tmp")), XDG_CACHE_HOME=str(judge.scratch / "cache"),
                   NO_COLOR="1")
        submit = subprocess.run(
            ["bash", str(judge.source_dir / "dist/slurm/submit.sh"), str(SHARDS),
             str(work / "merged.jsonl"), str(problem), str(manifest)],
            cwd=work, env=env, capture_output=True, text=True, timeout=SLURM_TIMEOUT_S)
        merge_job = submit.stdout.split("merge: job ")[-1].split()[0] \
            if submit.returncode == 0 else ""
        # Polled here rather than with sbatch --wait, whose polling backs off to many seconds.
        state = cluster.wait_for_job(merge_job, SLURM_TIMEOUT_S) if merge_job else "not submitted"
        if submit.returncode != 0 or state != "COMPLETED ExitCode=0:0":
            job_logs = "".join(f"--- {p.name}\n{p.read_text(errors='replace')[-1500:]}"
                               for p in sorted(work.glob("judge-*.log")))
            raise TestFailure(f"submit.sh exited {submit.returncode}, merge job {state}:\n"
                              f"{submit.stdout}"
                              f"{submit.stderr}\n{job_logs}{cluster.logs()}")
    finally:
        cluster.stop()
        left = cluster.leftovers()
        shutil.rmtree(state, ignore_errors=True)
    if left:
        raise TestFailure(f"processes of the test cluster still running: {left}")
    shard_files = sorted((work / "shards").glob("shard-*.jsonl"))
    if len(shard_files) != SHARDS:
        raise TestFailure(f"expected {SHARDS} shard files, got {shard_files}")
    merged, alone = normalized(work / "merged.jsonl"), normalized(work / "one-machine.jsonl")
    if merged != alone:
        differing = sorted(i for i in set(merged) | set(alone) if merged.get(i) != alone.get(i))
        first = differing[0]
        keys = sorted(k for k in set(merged.get(first, {})) | set(alone.get(first, {}))
                      if merged.get(first, {}).get(k) != alone.get(first, {}).get(k))
        raise TestFailure(f"merged Slurm results differ from one-machine judge grade on "
                          f"{differing}; {first}: keys {keys}: "
                          f"{[(merged.get(first, {}).get(k), alone.get(first, {}).get(k)) for k in keys]}")
    print(f"ok   slurm: {SHARDS}-task array + merge over {len(alone)} submissions equals "
          f"one-machine grade ({time.monotonic() - started:.1f} s), no daemon left")


def load_yaml_documents(path):
    import yaml  # python3-yaml
    with open(path) as source:
        documents = list(yaml.safe_load_all(source))
    for document in documents:
        # YAML 1.1 reads the workflow key `on` as the boolean true.
        if isinstance(document, dict) and True in document:
            document["on"] = document.pop(True)
    return documents


def check_schema(document, schema_name, where):
    import jsonschema  # python3-jsonschema
    schema = json.loads((Path(__file__).parent / "dist_schemas" / schema_name).read_text())
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    if errors:
        raise TestFailure(f"{where}: " + "; ".join(
            f"{'/'.join(map(str, e.path)) or '(top)'}: {e.message}" for e in errors[:5]))


def env_value(container, name):
    for variable in container.get("env", []):
        if variable["name"] == name:
            return variable["value"]
    return None


def check_volumes(job, where):
    spec = job["spec"]["template"]["spec"]
    volumes = {v["name"] for v in spec.get("volumes", [])}
    for container in spec["containers"]:
        for mount in container.get("volumeMounts", []):
            if mount["name"] not in volumes:
                raise TestFailure(f"{where}: volumeMount {mount['name']!r} has no volume")


def case_kubernetes(judge):
    directory = judge.source_dir / "dist" / "kubernetes"
    (grade,), (merge,) = (load_yaml_documents(directory / name)
                          for name in ("grade-job.yaml", "merge-job.yaml"))
    shards = validate_jobs(grade, merge)
    # The checks must reject what kubectl or the Job controller would not run as meant.
    mutations = [("NonIndexed", lambda g, m: g["spec"].update(completionMode="NonIndexed")),
                 ("completions 3", lambda g, m: g["spec"].update(completions=3)),
                 ("a typo", lambda g, m: g["spec"].update(paralelism=4)),
                 ("no index", lambda g, m: g["spec"]["template"]["spec"]["containers"][0]
                  .update(args=["judge grade /data/problem /data/submissions"]))]
    for what, mutate in mutations:
        broken_grade, broken_merge = json.loads(json.dumps(grade)), json.loads(json.dumps(merge))
        mutate(broken_grade, broken_merge)
        try:
            validate_jobs(broken_grade, broken_merge)
        except TestFailure:
            continue
        raise TestFailure(f"the Job check accepts a manifest with {what}")
    container = grade["spec"]["template"]["spec"]["containers"][0]
    merge_container = merge["spec"]["template"]["spec"]["containers"][0]
    run_pod_commands(judge, container, merge_container, int(shards))
    print(f"ok   kubernetes: Indexed Job of {shards} completions valid against the schema "
          f"({len(mutations)} broken copies rejected); its pod commands, run here, grade every "
          "shard and merge them")


def validate_jobs(grade, merge):
    """The grade Job and the merge Job against the schema and each other; returns SHARDS."""
    check_schema(grade, "indexed_job.schema.json", "grade-job.yaml")
    check_schema(merge, "indexed_job.schema.json", "merge-job.yaml")
    spec, container = grade["spec"], grade["spec"]["template"]["spec"]["containers"][0]
    shards = env_value(container, "SHARDS")
    if spec.get("completionMode") != "Indexed":
        raise TestFailure("grade-job.yaml: completionMode must be Indexed (pods get an index)")
    if not (shards and spec["completions"] == spec["parallelism"] == int(shards)):
        raise TestFailure(f"grade-job.yaml: completions {spec['completions']}, parallelism "
                          f"{spec['parallelism']} and SHARDS {shards} must be equal")
    merge_container = merge["spec"]["template"]["spec"]["containers"][0]
    if env_value(merge_container, "SHARDS") != shards:
        raise TestFailure("merge-job.yaml: SHARDS differs from grade-job.yaml's")
    script = " ".join(container["command"][2:] + container["args"])
    for needed in ("JOB_COMPLETION_INDEX + 1", "--shard", "judge grade"):
        if needed not in script:
            raise TestFailure(f"grade-job.yaml: the command lacks {needed!r}: {script}")
    check_volumes(grade, "grade-job.yaml")
    check_volumes(merge, "merge-job.yaml")
    return shards


def run_pod_commands(judge, grade_container, merge_container, shards):
    """Runs the containers' shell commands here as the pods would (JOB_COMPLETION_INDEX
    0..N-1, then the merge), /data and /results mapped to temporary folders, judge on PATH."""
    work = judge.fresh_dir("pods")
    data, results, bin_dir = work / "data", work / "results", work / "bin"
    for folder in (data / "submissions", results, bin_dir):
        folder.mkdir(parents=True)
    (bin_dir / "judge").symlink_to(judge.binary)
    shutil.copytree(judge.problems_dir / "hello", data / "problem", symlinks=True)
    for name in ("accepted/hello.c", "wrong_answer/no_output.c", "run_time_error/exit3.c"):
        shutil.copy(judge.problems_dir / "hello/submissions" / name,
                    data / "submissions" / name.replace("/", "-"))

    def run(container, index):
        script = (container["args"][0].replace(" /data/", f" {data}/")
                  .replace("/results/", f"{results}/"))
        env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}",
                   SHARDS=env_value(container, "SHARDS"), TMPDIR=str(judge.fresh_dir("tmp")),
                   XDG_CACHE_HOME=str(judge.scratch / "cache"), NO_COLOR="1")
        if index is not None:
            env["JOB_COMPLETION_INDEX"] = str(index)
        done = subprocess.run(container["command"] + [script], env=env, capture_output=True,
                              text=True, timeout=120)
        if done.returncode != 0:
            raise TestFailure(f"pod command (index {index}) exited {done.returncode}:\n"
                              f"{script}\n{done.stdout}{done.stderr}")

    for index in range(shards):
        run(grade_container, index)
    run(merge_container, None)
    merged = normalized(results / "results.jsonl")
    if sorted(merged) != sorted(p.name for p in (data / "submissions").iterdir()):
        raise TestFailure(f"merged pod results hold {sorted(merged)}")


def expressions(text):
    import re
    return re.findall(r"\$\{\{\s*(.*?)\s*\}\}", text)


KNOWN_CONTEXTS = {"github", "env", "vars", "job", "steps", "runner", "secrets", "strategy",
                  "matrix", "needs", "inputs"}


def case_github_actions(judge):
    path = judge.source_dir / "dist" / "github-actions" / "grade.yml"
    (workflow,) = load_yaml_documents(path)
    shards = validate_workflow(workflow)
    mutations = [("a step with run and uses", lambda w: w["jobs"]["grade"]["steps"][0]
                  .update(run="true")),
                 ("an unknown matrix key", lambda w: w["jobs"]["grade"]["steps"][3]
                  .update(run="judge grade --shard ${{ matrix.shards }}/4")),
                 ("a shell error", lambda w: w["jobs"]["merge"]["steps"][3]
                  .update(run='for i in $(seq 4); do echo "$i"')),
                 ("a missing shard", lambda w: w["jobs"]["grade"]["strategy"]["matrix"]
                  .update(shard=[1, 2, 3]))]
    for what, mutate in mutations:
        broken = json.loads(json.dumps(workflow))
        mutate(broken)
        try:
            validate_workflow(broken)
        except TestFailure:
            continue
        raise TestFailure(f"the workflow check accepts a workflow with {what}")
    print(f"ok   github-actions: schema, job graph, expressions and run scripts (shellcheck) of "
          f"a {shards}-shard matrix ({len(mutations)} broken copies rejected)")


def validate_workflow(workflow):
    """Schema, job graph, ${{ }} contexts and matrix keys, run: scripts; returns SHARDS."""
    check_schema(workflow, "workflow.schema.json", "grade.yml")
    jobs = workflow["jobs"]
    shards = int(workflow["env"]["SHARDS"])
    for name, job in jobs.items():
        needs = job.get("needs", [])
        for needed in [needs] if isinstance(needs, str) else needs:
            if needed not in jobs:
                raise TestFailure(f"grade.yml: job {name} needs unknown job {needed!r}")
        matrix = job.get("strategy", {}).get("matrix", {})
        for step in job["steps"]:
            text = json.dumps(step)
            for expression in expressions(text):
                context = expression.split(".")[0].split("(")[0]
                if context not in KNOWN_CONTEXTS and context not in ("always", "success"):
                    raise TestFailure(f"grade.yml: job {name}: unknown context in ${{{{ "
                                      f"{expression} }}}}")
                if context == "matrix" and expression.split(".")[1] not in matrix:
                    raise TestFailure(f"grade.yml: job {name}: {expression} is not in the matrix")
            if "run" in step:
                check_run_script(step["run"], f"grade.yml: job {name}, step {step.get('name')}")
    grade = jobs["grade"]
    if grade["strategy"]["matrix"]["shard"] != list(range(1, shards + 1)):
        raise TestFailure(f"grade.yml: matrix.shard must be 1..{shards} (env.SHARDS)")
    grade_runs = " ".join(s.get("run", "") for s in grade["steps"])
    if "--shard \"${{ matrix.shard }}/$SHARDS\"" not in grade_runs:
        raise TestFailure("grade.yml: the grade job does not pass --shard matrix.shard/SHARDS")
    if jobs["merge"].get("needs") != "grade" or "always()" not in jobs["merge"].get("if", ""):
        raise TestFailure("grade.yml: merge must need grade and run always() (judge merge "
                          "names a missing shard)")
    return shards


def check_run_script(script, where):
    """What actionlint does for run: scripts: expressions replaced, then shellcheck."""
    import re
    plain = re.sub(r"\$\{\{.*?\}\}", "EXPR", script)
    if not shutil.which("shellcheck"):
        raise TestFailure("shellcheck is not installed (scripts/setup.sh installs it)")
    checked = subprocess.run(["shellcheck", "-s", "bash", "-"], input=plain, text=True,
                             capture_output=True)
    if checked.returncode != 0:
        raise TestFailure(f"{where}: shellcheck:\n{checked.stdout}")


CASES = {"slurm": case_slurm, "kubernetes": case_kubernetes, "github-actions": case_github_actions}


if __name__ == "__main__":
    sys.exit(run_case_from_command_line(__doc__.splitlines()[0], CASES))
