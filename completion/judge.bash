# shellcheck shell=bash
# bash completion for judge: subcommands, options, language ids (from `judge languages`) and paths.
# Installed by `cmake --install` as share/bash-completion/completions/judge.

_judge() {
  local cur prev
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}
  local commands="run languages doctor version grade merge"
  local run_options="--lang --entry --time-limit --wall-time-limit --memory-limit --output-limit
    --tests --stop-on-first --jobs -j --json --junit --verbose --no-color --require-cgroup --help"

  if [[ $COMP_CWORD -eq 1 ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$commands --help --version" -- "$cur")
    return
  fi
  case ${COMP_WORDS[1]} in
    run)
      case $prev in
        --lang)
          mapfile -t COMPREPLY < <(compgen -W "$("${COMP_WORDS[0]}" languages 2>/dev/null |
            awk '{print $1}')" -- "$cur")
          return ;;
        --entry|--junit)
          mapfile -t COMPREPLY < <(compgen -f -- "$cur")
          return ;;
        --time-limit|--wall-time-limit|--memory-limit|--output-limit|--tests|--jobs|-j)
          return ;;
      esac
      if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$run_options" -- "$cur")
      else
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      fi ;;
    doctor)
      mapfile -t COMPREPLY < <(compgen -W "--languages --help" -- "$cur") ;;
  esac
}
complete -o filenames -F _judge judge
