comments = Comment.objects.select_related('article__user').order_by('pk')
for comment in comments:
    print(comment.content, '/', comment.article.title, '/', comment.article.user.username)
