; Inno Setup 6 script for CandidateVault. Built by packaging/build.py --platform windows, which passes:
;   /DAppVersion=0.1.0 /DSourceDir=...\dist\candidate-vault /DOutputDir=...\dist /DIconFile=...\candidate-vault.ico
; Installs per user by default (HR staff rarely have admin rights); an admin may choose "all users".
; The uninstaller removes the program. The user's vault in %LOCALAPPDATA%\CandidateVault is kept unless the
; user answers Yes to the uninstaller's question (default: No); a silent uninstall always keeps it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\candidate-vault"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6B3C2E0A-8F1D-4C57-9A2B-3E5D7C1F0B64}
AppName=CandidateVault
AppVersion={#AppVersion}
AppVerName=CandidateVault {#AppVersion}
AppPublisher=CandidateVault
DefaultDirName={autopf}\CandidateVault
DefaultGroupName=CandidateVault
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=CandidateVault-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\CandidateVault.exe
#ifdef IconFile
SetupIconFile={#IconFile}
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.DeleteVaultQuestion=Also delete your vault with all candidates' data in%n%1 ?%n%nChoose No (the default) to keep it, e.g. to reinstall later. Deleting it cannot be undone.
nl.DeleteVaultQuestion=Ook uw kluis met alle gegevens van kandidaten verwijderen uit%n%1 ?%n%nKies Nee (standaard) om ze te bewaren, bv. om later opnieuw te installeren. Verwijderen kan niet ongedaan worden gemaakt.
fr.DeleteVaultQuestion=Supprimer aussi votre coffre avec toutes les données des candidats dans%n%1 ?%n%nChoisissez Non (par défaut) pour le conserver, p. ex. pour réinstaller plus tard. La suppression est irréversible.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\CandidateVault"; Filename: "{app}\CandidateVault.exe"
Name: "{autodesktop}\CandidateVault"; Filename: "{app}\CandidateVault.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\CandidateVault.exe"; Description: "{cm:LaunchProgram,CandidateVault}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DeleteVault: Boolean;

function VaultDir(): String;
begin
  Result := ExpandConstant('{localappdata}\CandidateVault');
end;

// Asked once, before anything is removed. No is the default button, Escape keeps the vault too, and a
// silent uninstall (/SILENT, /VERYSILENT) never asks and never deletes it.
function InitializeUninstall(): Boolean;
begin
  Result := True;
  DeleteVault := False;
  if UninstallSilent() or not DirExists(VaultDir()) then
    Exit;
  DeleteVault := MsgBox(FmtMessage(CustomMessage('DeleteVaultQuestion'), [VaultDir()]),
    mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteVault then
    DelTree(VaultDir(), True, True, True);
end;
