// The executable only parses arguments, reads lines and renders answers; everything else
// lives in NewsdeskCore.
NewsdeskCommand.runAsMain()
