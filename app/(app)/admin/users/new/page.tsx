import { CreateUserForm } from "@/components/admin/create-user-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";

export const metadata = { title: "Add user" };

export default function NewUserPage() {
  return (
    <div className="max-w-4xl space-y-5">
      <Breadcrumb trail={[{ href: "/admin/users", label: "Users" }]} current="Add user" />
      <PageHeader title="Add user" description="They can sign in as soon as you pass on their password or invitation link." />
      <Section title="New team member">
        <CreateUserForm />
      </Section>
    </div>
  );
}
