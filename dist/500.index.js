export const id = 500;
export const ids = [500];
export const modules = {

/***/ 7500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitClient: () => (/* binding */ createGitClient),
/* harmony export */   gitRunner: () => (/* binding */ gitRunner)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

function gitRunner(cwd, gitBinary = 'git') {
    return (args, input) => new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(gitBinary, 
        // Configuration that could make git run a program (fsmonitor, hooks) is switched off: the
        // checkout may be a pull request's, read in a privileged run.
        ['-c', 'core.quotepath=off', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', ...args], {
            cwd,
            maxBuffer: 512 * 1024 * 1024,
            encoding: 'utf8',
            env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
        }, (err, stdout, stderr) => {
            if (err && typeof err.code !== 'number') {
                reject(new Error(`git could not run: ${err.message}`));
                return;
            }
            resolve({ code: err ? Number(err.code) : 0, stdout, stderr });
        });
        if (input !== undefined)
            child.stdin?.end(input);
    });
}
function createGitClient(run) {
    const once = (f) => {
        let p;
        return () => (p ??= f());
    };
    const list = async (args) => {
        const r = await run(args);
        if (r.code !== 0)
            throw new Error(gitError(r.stderr));
        return r.stdout.split('\0').filter((s) => s !== '');
    };
    return {
        // A file with a merge conflict is in the index once per stage: list it once.
        trackedFiles: once(async () => [...new Set(await list(['ls-files', '-z', '--cached']))]),
        untrackedFiles: once(() => list(['ls-files', '-z', '--others', '--exclude-standard'])),
        async ignored(paths) {
            if (paths.length === 0)
                return new Set();
            const r = await run(['check-ignore', '--no-index', '-z', '--stdin'], paths.join('\0') + '\0');
            if (r.code > 1)
                throw new Error(gitError(r.stderr));
            return new Set(r.stdout.split('\0').filter((s) => s !== ''));
        },
        changedFiles: (base) => list(['diff', '-z', '--name-only', `${base}...HEAD`]),
    };
}
function gitError(stderr) {
    const line = stderr.split('\n').find((l) => l.trim() !== '') ?? 'git failed';
    return /not a git repository/i.test(line)
        ? 'the directory is not a git repository'
        : line.replace(/^fatal: /, 'git: ');
}


/***/ })

};
