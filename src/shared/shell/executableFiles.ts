/**
 * File types the operating system runs rather than shows: programs, installers, scripts, shortcuts that
 * point at programs, and disk images or archives that the system mounts or installs in one click. An
 * attachment of one of these types is never handed to the OS to "open" — that would run it; it is shown in
 * its folder with a warning instead.
 *
 * No well-kept package maintains such a list, so it is kept here, gathered from what the platforms
 * themselves treat as executable: Microsoft Outlook's blocked-attachment types (Windows programs,
 * installers, script hosts, shortcuts, control-panel and registry files, mountable images), macOS
 * applications, installers, scripts and Automator actions, and Linux scripts, packages and AppImages.
 * Extensions are lower case, without the dot.
 */
export const EXECUTABLE_EXTENSIONS: ReadonlySet<string> = new Set(
  // prettier-ignore
  [
    // Windows programs and libraries loaded by programs
    'exe', 'com', 'scr', 'pif', 'cpl', 'dll', 'ocx', 'sys', 'drv', 'xll', 'gadget',
    // Windows installers and packages
    'msi', 'msp', 'mst', 'msix', 'msixbundle', 'appx', 'appxbundle', 'application', 'appref-ms',
    // Windows shell scripts and script hosts
    'bat', 'cmd', 'ps1', 'ps1xml', 'ps2', 'ps2xml', 'psc1', 'psc2', 'psd1', 'psm1', 'vb', 'vbe', 'vbs', 'js',
    'jse', 'ws', 'wsc', 'wsf', 'wsh', 'hta', 'sct', 'shb', 'shs',
    // Windows shortcuts, settings, consoles and Office add-ins that start programs
    'lnk', 'url', 'scf', 'inf', 'reg', 'msc', 'chm', 'hlp', 'settingcontent-ms', 'diagcab', 'library-ms',
    'mcf', 'mda', 'mde', 'mdz', 'ade', 'adp', 'crt', 'der', 'ins', 'isp', 'its', 'jnlp',
    // Disk images the system mounts in one click (their contents then run without the download warning)
    'iso', 'img', 'vhd', 'vhdx', 'dmg',
    // Java, and scripts the OS hands to an installed interpreter
    'jar', 'py', 'pyc', 'pyo', 'pyw', 'pyz', 'pyzw', 'pl', 'rb', 'php', 'tcl',
    // macOS applications, installers, scripts and plug-ins
    'app', 'command', 'tool', 'pkg', 'mpkg', 'terminal', 'workflow', 'action', 'scpt', 'scptd',
    'applescript', 'osax', 'prefpane', 'kext', 'fileloc', 'inetloc', 'webloc',
    // Linux and Unix scripts, packages and self-running images
    'sh', 'bash', 'zsh', 'csh', 'ksh', 'fish', 'run', 'bin', 'appimage', 'desktop', 'deb', 'rpm', 'snap',
    'flatpak', 'flatpakref',
  ],
);

/**
 * Whether the OS would run a file of this name. The last extension decides, as it does for the OS
 * ("发票.pdf.exe" is a program); trailing dots and spaces, which Windows ignores, are ignored too.
 */
export function isExecutableFileName(fileName: string): boolean {
  const name = fileName
    .trim()
    .replace(/[. ]+$/, '')
    .toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot >= 0 && EXECUTABLE_EXTENSIONS.has(name.slice(dot + 1));
}
