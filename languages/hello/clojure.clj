(println "Hello World!")
