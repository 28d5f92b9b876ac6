import GreffierCLI

// A thin executable: everything lives in GreffierCLI so that it can be tested.
AllocatorTuning.forBatches()
let status = CommandLineTool.run(arguments: Array(CommandLine.arguments.dropFirst()))
exitProcess(status)
