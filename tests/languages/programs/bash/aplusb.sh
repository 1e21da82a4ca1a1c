read -r -d '' -a numbers || true
echo $(( numbers[0] + numbers[1] ))
