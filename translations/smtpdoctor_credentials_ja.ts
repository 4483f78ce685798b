<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Credentials</name>
    <message>
        <source>The password for %1 on %2 is kept in memory for this session only.</source>
        <translation>%2 の %1 のパスワードは、今回の操作のあいだだけメモリーに保持しています。</translation>
    </message>
    <message>
        <source>The password for %1 on %2 was read from the system keychain.</source>
        <translation>%2 の %1 のパスワードを、パソコンのキーチェーン（パスワード保管庫）から読み込みました。</translation>
    </message>
    <message>
        <source>This computer has no system keychain that SMTP Doctor can use, so no saved password for %1 on %2 can be read.</source>
        <translation>このパソコンには SMTP Doctor が使えるキーチェーン（パスワード保管庫）がありません。そのため、%2 の %1 の保存済みパスワードは読み込めません。</translation>
    </message>
    <message>
        <source>The system keychain is locked or did not allow access, so the saved password for %1 on %2 could not be read.</source>
        <translation>キーチェーン（パスワード保管庫）がロックされているか、アクセスが許可されませんでした。そのため、%2 の %1 の保存済みパスワードを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %3 seconds (it may be locked and waiting for its own password), so the saved password for %1 on %2 could not be read.</source>
        <translation>キーチェーン（パスワード保管庫）から %3 秒以内に応答がありませんでした（ロックされていて、解除のパスワードを待っている可能性があります）。そのため、%2 の %1 の保存済みパスワードを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The system keychain reported a problem (%3), so the saved password for %1 on %2 could not be read.</source>
        <translation>キーチェーン（パスワード保管庫）で問題が起きました（%3）。そのため、%2 の %1 の保存済みパスワードを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The password for %1 on %2 is saved in the system keychain.</source>
        <translation>%2 の %1 のパスワードを、パソコンのキーチェーン（パスワード保管庫）に保存しました。</translation>
    </message>
    <message>
        <source>This computer has no system keychain that SMTP Doctor can use, so the password for %1 on %2 was not saved. It is kept in memory for this session only.</source>
        <translation>このパソコンには SMTP Doctor が使えるキーチェーン（パスワード保管庫）がないため、%2 の %1 のパスワードは保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>The system keychain is locked or did not allow access, so the password for %1 on %2 was not saved. It is kept in memory for this session only.</source>
        <translation>キーチェーン（パスワード保管庫）がロックされているか、アクセスが許可されなかったため、%2 の %1 のパスワードは保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %3 seconds (it may be locked and waiting for its own password), so the password for %1 on %2 was not saved. It is kept in memory for this session only.</source>
        <translation>キーチェーン（パスワード保管庫）から %3 秒以内に応答がなかったため（ロックされていて、解除のパスワードを待っている可能性があります）、%2 の %1 のパスワードは保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>The system keychain reported a problem (%3), so the password for %1 on %2 was not saved. It is kept in memory for this session only.</source>
        <translation>キーチェーン（パスワード保管庫）で問題が起きたため（%3）、%2 の %1 のパスワードは保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>The saved password for %1 on %2 was removed from the system keychain.</source>
        <translation>%2 の %1 の保存済みパスワードを、キーチェーン（パスワード保管庫）から削除しました。</translation>
    </message>
    <message>
        <source>No password was saved for %1 on %2, so there was nothing to remove.</source>
        <translation>%2 の %1 のパスワードは保存されていなかったため、削除するものはありませんでした。</translation>
    </message>
    <message>
        <source>This computer has no system keychain that SMTP Doctor can use, so no password for %1 on %2 is saved there.</source>
        <translation>このパソコンには SMTP Doctor が使えるキーチェーン（パスワード保管庫）がないため、%2 の %1 のパスワードはどこにも保存されていません。</translation>
    </message>
    <message>
        <source>The system keychain is locked or did not allow access, so the saved password for %1 on %2 could not be removed.</source>
        <translation>キーチェーン（パスワード保管庫）がロックされているか、アクセスが許可されなかったため、%2 の %1 の保存済みパスワードを削除できませんでした。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %3 seconds (it may be locked and waiting for its own password), so the saved password for %1 on %2 could not be removed.</source>
        <translation>キーチェーン（パスワード保管庫）から %3 秒以内に応答がなかったため（ロックされていて、解除のパスワードを待っている可能性があります）、%2 の %1 の保存済みパスワードを削除できませんでした。</translation>
    </message>
    <message>
        <source>The system keychain reported a problem (%3), so the saved password for %1 on %2 could not be removed.</source>
        <translation>キーチェーン（パスワード保管庫）で問題が起きたため（%3）、%2 の %1 の保存済みパスワードを削除できませんでした。</translation>
    </message>
    <message>
        <source>No saved password for %1 on %2 was found in the system keychain (or the keychain is locked).</source>
        <translation>%2 の %1 の保存済みパスワードは、パソコンのキーチェーン（パスワード保管庫）に見つかりませんでした（キーチェーンがロックされている可能性もあります）。</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 at %2 is kept in memory for this session only.</source>
        <translation>%2 での %1 の保存済みログイン情報は、今回の操作のあいだだけメモリーに保持しています。</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 at %2 was read from the system keychain.</source>
        <translation>%2 での %1 の保存済みログイン情報を、パソコンのキーチェーン（パスワード保管庫）から読み込みました。</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 at %2 was found in the system keychain (or the keychain is locked). Sign in with the browser once and let SMTP Doctor remember it.</source>
        <translation>%2 での %1 の保存済みログイン情報は、パソコンのキーチェーン（パスワード保管庫）に見つかりませんでした（キーチェーンがロックされている可能性もあります）。一度ブラウザーでログインし、SMTP Doctor にログイン情報を保存させてください。</translation>
    </message>
    <message>
        <source>This computer has no system keychain that SMTP Doctor can use, so no saved sign-in for %1 at %2 can be read.</source>
        <translation>このパソコンには SMTP Doctor が使えるキーチェーン（パスワード保管庫）がありません。そのため、%2 での %1 の保存済みログイン情報は読み込めません。</translation>
    </message>
    <message>
        <source>The system keychain is locked or did not allow access, so the saved sign-in for %1 at %2 could not be read.</source>
        <translation>キーチェーン（パスワード保管庫）がロックされているか、アクセスが許可されませんでした。そのため、%2 での %1 の保存済みログイン情報を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %3 seconds (it may be locked and waiting for its own password), so the saved sign-in for %1 at %2 could not be read.</source>
        <translation>キーチェーン（パスワード保管庫）から %3 秒以内に応答がありませんでした（ロックされていて、解除のパスワードを待っている可能性があります）。そのため、%2 での %1 の保存済みログイン情報を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The system keychain reported a problem (%3), so the saved sign-in for %1 at %2 could not be read.</source>
        <translation>キーチェーン（パスワード保管庫）で問題が起きました（%3）。そのため、%2 での %1 の保存済みログイン情報を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The sign-in for %1 at %2 is saved in the system keychain, so the next check needs no browser.</source>
        <translation>%2 での %1 のログイン情報を、パソコンのキーチェーン（パスワード保管庫）に保存しました。次回の確認ではブラウザーでのログインは不要です。</translation>
    </message>
    <message>
        <source>This computer has no system keychain that SMTP Doctor can use, so the sign-in for %1 at %2 was not saved. It is kept in memory for this session only.</source>
        <translation>このパソコンには SMTP Doctor が使えるキーチェーン（パスワード保管庫）がないため、%2 での %1 のログイン情報は保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>The system keychain is locked or did not allow access, so the sign-in for %1 at %2 was not saved. It is kept in memory for this session only.</source>
        <translation>キーチェーン（パスワード保管庫）がロックされているか、アクセスが許可されなかったため、%2 での %1 のログイン情報は保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %3 seconds (it may be locked and waiting for its own password), so the sign-in for %1 at %2 was not saved. It is kept in memory for this session only.</source>
        <translation>キーチェーン（パスワード保管庫）から %3 秒以内に応答がなかったため（ロックされていて、解除のパスワードを待っている可能性があります）、%2 での %1 のログイン情報は保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>The system keychain reported a problem (%3), so the sign-in for %1 at %2 was not saved. It is kept in memory for this session only.</source>
        <translation>キーチェーン（パスワード保管庫）で問題が起きたため（%3）、%2 での %1 のログイン情報は保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 at %2 was removed from the system keychain.</source>
        <translation>%2 での %1 の保存済みログイン情報を、キーチェーン（パスワード保管庫）から削除しました。</translation>
    </message>
    <message>
        <source>No sign-in was saved for %1 at %2, so there was nothing to remove.</source>
        <translation>%2 での %1 のログイン情報は保存されていなかったため、削除するものはありませんでした。</translation>
    </message>
    <message>
        <source>This computer has no system keychain that SMTP Doctor can use, so no sign-in for %1 at %2 is saved there.</source>
        <translation>このパソコンには SMTP Doctor が使えるキーチェーン（パスワード保管庫）がないため、%2 での %1 のログイン情報はどこにも保存されていません。</translation>
    </message>
    <message>
        <source>The system keychain is locked or did not allow access, so the saved sign-in for %1 at %2 could not be removed.</source>
        <translation>キーチェーン（パスワード保管庫）がロックされているか、アクセスが許可されなかったため、%2 での %1 の保存済みログイン情報を削除できませんでした。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %3 seconds (it may be locked and waiting for its own password), so the saved sign-in for %1 at %2 could not be removed.</source>
        <translation>キーチェーン（パスワード保管庫）から %3 秒以内に応答がなかったため（ロックされていて、解除のパスワードを待っている可能性があります）、%2 での %1 の保存済みログイン情報を削除できませんでした。</translation>
    </message>
    <message>
        <source>The system keychain reported a problem (%3), so the saved sign-in for %1 at %2 could not be removed.</source>
        <translation>キーチェーン（パスワード保管庫）で問題が起きたため（%3）、%2 での %1 の保存済みログイン情報を削除できませんでした。</translation>
    </message>
</context>
</TS>
