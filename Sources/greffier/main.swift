import GreffierCLI

// A thin executable: everything lives in GreffierCLI so that it can be tested.
let status = CommandLineTool.run(arguments: Array(CommandLine.arguments.dropFirst()))
exitProcess(status)
