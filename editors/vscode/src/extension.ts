// Starts `coltrain lsp` for .coltrain files and connects VS Code's language client to it over stdio.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const command = vscode.workspace.getConfiguration("coltrain").get<string>("server.command", "coltrain");
  const server: ServerOptions = { command, args: ["lsp"], transport: TransportKind.stdio };
  const options: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", language: "coltrain" }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.coltrain") },
  };
  client = new LanguageClient("coltrain", "ColTraIn language server", server, options);
  context.subscriptions.push(client);
  try {
    await client.start();
  } catch (e) {
    void vscode.window.showErrorMessage(
      `ColTraIn: could not start '${command} lsp' (${e}). Set "coltrain.server.command" to the coltrain script of your checkout.`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
