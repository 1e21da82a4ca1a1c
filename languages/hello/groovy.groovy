println "Hello World!"
