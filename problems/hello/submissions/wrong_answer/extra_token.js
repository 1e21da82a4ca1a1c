console.log("Hello World! Hello");
