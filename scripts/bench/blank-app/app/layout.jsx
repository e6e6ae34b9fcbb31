// The floor for page weight: the smallest App Router page with one client component, built with
// the same Next.js and React as the site. Its JavaScript is what any page of any Next.js site loads.
export const metadata = { title: 'blank' };

export default function RootLayout({ children }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
