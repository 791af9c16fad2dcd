me = User.objects.get(pk=2)
for article in Article.objects.order_by('pk'):
    print(article.pk, article.title, article.like_users.filter(pk=me.pk).exists())
